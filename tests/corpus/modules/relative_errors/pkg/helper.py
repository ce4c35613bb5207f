H = "helper"
