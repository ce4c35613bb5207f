from app.core import Engine, config
import app.core.util.text as t
print(Engine().run())
config.SETTINGS['debug'] = True
print(t.shout('again'), t.__name__, t.__package__)
import app
print(app.core.engine.__name__, app.core.util.__package__, app.config is config)
print(sorted(k for k in vars(app.core) if not k.startswith('_')))
