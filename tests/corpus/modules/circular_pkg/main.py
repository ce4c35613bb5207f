from app import models
print(models.describe())
from app.views import render
print(render())
import app
print(sorted(k for k in vars(app) if not k.startswith("__")))
