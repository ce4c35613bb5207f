from .evaluate import evaluate
