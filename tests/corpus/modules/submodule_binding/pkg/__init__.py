tools = 'attribute set in __init__'
helper = 'plain attribute'
