import os, sys
here = os.path.dirname(os.path.abspath(__file__))
sys.path.append(os.path.join(here, 'one'))
sys.path.append(os.path.join(here, 'two'))
import plug.alpha
import plug.beta
print(plug.alpha.NAME, plug.beta.NAME, plug.__file__)
print([os.path.relpath(p, here) for p in plug.__path__])
print(plug.__spec__.origin, plug.__spec__.submodule_search_locations is not None)
