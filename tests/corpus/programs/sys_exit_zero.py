print("ok")
raise SystemExit(0)
