import registry
import models
registry.make('a')
models.Model('b')
print(registry.all_models(), registry.models is models, models.registry is registry)
import sys
print([m for m in ('models', 'registry') if m in sys.modules])
