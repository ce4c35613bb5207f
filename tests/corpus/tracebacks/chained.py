def load(cfg):
    try:
        return cfg["port"] * 2
    except KeyError as e:
        raise RuntimeError("no port") from e

load({"host": 1})
