class ConfigError(Exception):
    pass
def load():
    raise ConfigError("missing field 'name'")
load()
