import json
import settings
cfg = settings.load({'workers': 8}, {'APP_DEBUG': 'true', 'APP_TAGS': '["x"]', 'OTHER': '1'})
print(cfg['name'], cfg['debug'], cfg['workers'], cfg['tags'], cfg['paths']['logs'])
print(json.dumps(dict(cfg), sort_keys=True, indent=1))
print(len(cfg.maps), sorted(cfg.maps[1]))
