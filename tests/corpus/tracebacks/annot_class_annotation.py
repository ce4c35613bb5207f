class Config:
    name: str = "x"
    size: Qwertyuiop[int] = 3
