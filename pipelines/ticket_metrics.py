"""Bring-your-own-metrics processor for the support-ticket evaluation write-up.

The same file is the BYOM Lambda on SageMaker (processor.lambda) and runs locally with python3. The Nova evaluation
container calls it once per example, before inference (preprocess) and after it (postprocess):
  {"process_type": "preprocess",  "data": {"prompt", "gold", "system"}}          -> {"statusCode": 200, "body": {"prompt", "gold", "system"}}
  {"process_type": "postprocess", "data": {"prompt", "inference_output", "gold"}} -> {"statusCode": 200, "body": [{"metric", "value"}, ...]}
The answer is a JSON object {"class", "thought", "description"}; the metrics are class accuracy, whether the answer
is JSON at all, and whether it adheres to the schema (all three keys, a known class).
"""

import json
import re

CLASSES = ("hardware", "software", "network", "access")
KEYS = ("class", "thought", "description")


def parse(text):
    try:
        value = json.loads(text)
    except (TypeError, ValueError):
        return None
    return value if isinstance(value, dict) else None


def preprocess(data):
    # Tickets arrive with e-mail clutter; collapse runs of blank lines so the prompt is compact.
    prompt = re.sub(r"\n\s*\n+", "\n\n", str(data.get("prompt", ""))).strip()
    return {"prompt": prompt, "gold": data.get("gold", ""), "system": data.get("system")}


def postprocess(data):
    answer = parse(data.get("inference_output"))
    gold = parse(data.get("gold")) or {}
    is_json = answer is not None
    answer = answer or {}
    adheres = is_json and all(isinstance(answer.get(k), str) and answer.get(k) for k in KEYS) and answer.get("class") in CLASSES
    return [
        {"metric": "class_accuracy", "value": 1.0 if answer.get("class") == gold.get("class") else 0.0},
        {"metric": "json_valid", "value": 1.0 if is_json else 0.0},
        {"metric": "schema_adherence", "value": 1.0 if adheres else 0.0},
    ]


def lambda_handler(event, context):
    data = event.get("data", {})
    if event.get("process_type") == "preprocess":
        return {"statusCode": 200, "body": preprocess(data)}
    if event.get("process_type") == "postprocess":
        return {"statusCode": 200, "body": postprocess(data)}
    return {"statusCode": 400, "body": "unknown process_type %r" % event.get("process_type")}
