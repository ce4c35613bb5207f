return 1
await f()
