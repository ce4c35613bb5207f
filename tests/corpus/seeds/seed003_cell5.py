# python cell 5 of 003_997758630b4d5a5a.txt (extracted by extract.py; do not edit)
import math

# Behind the scenes:
# 1. Check if math.pyc exists and is current
# 2. If not, compile math.py to math.pyc
# 3. Load bytecode into memory
# 4. Create module object
# 5. Execute module-level code
# 6. Add to sys.modules cache
