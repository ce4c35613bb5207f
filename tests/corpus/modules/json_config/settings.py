import json
import os
from collections import ChainMap

_HERE = os.path.dirname(os.path.abspath(__file__))


def load(overrides=None, env=None):
    with open(os.path.join(_HERE, 'defaults.json')) as f:
        defaults = json.load(f)
    env_layer = {k[4:].lower(): json.loads(v) for k, v in (env or {}).items() if k.startswith('APP_')}
    return ChainMap(overrides or {}, env_layer, defaults)
