"""Reward function for the Stack Overflow question-quality case study.

The same file is the RFT reward Lambda on SageMaker (handler: lambda_handler) and runs locally with python3.
Contract: a list of samples {"id", "messages": [...], "reference_answer"} in; a list of
{"id", "aggregate_reward_score", "metrics_list"} out. +1.0 when the label extracted from the model's
answer equals the normalized reference, else -1.0.
"""

import re

LABELS = ("LQ_CLOSE", "LQ_EDIT", "HQ")  # longest first, so "LQ_EDIT" is not read as a prefix match


def normalize(label):
    return re.sub(r"[^A-Z_]", "", str(label).upper())


def extract_label(answer):
    text = str(answer).upper()
    for label in LABELS:
        if label in text:
            return label
    return None


def last_assistant_text(messages):
    for message in reversed(messages or []):
        if message.get("role") in ("assistant", "nova_assistant"):
            content = message.get("content")
            if isinstance(content, list):
                return " ".join(part.get("text", "") for part in content if isinstance(part, dict))
            return content or ""
    return ""


def score(sample):
    predicted = extract_label(last_assistant_text(sample.get("messages")))
    expected = normalize(sample.get("reference_answer", ""))
    correct = predicted is not None and predicted == expected
    return {
        "id": sample.get("id"),
        "aggregate_reward_score": 1.0 if correct else -1.0,
        "metrics_list": [
            {"name": "label_match", "value": 1.0 if correct else 0.0, "type": "Metric"},
            {"name": "valid_label", "value": 0.0 if predicted is None else 1.0, "type": "Metric"},
        ],
    }


def lambda_handler(event, context):
    samples = event if isinstance(event, list) else event.get("samples", [])
    return [score(sample) for sample in samples]
