import plugin_a, plugin_b
import config
print(config.settings, config.calls)
from config import settings
settings['c'] = 3
print(config.settings is settings, sorted(config.settings))
config.settings = {}
print(settings, config.settings)
