import config
config.set_option('a', 1)
