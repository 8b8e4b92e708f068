print("from shared/top.py")
