print("from sub/example.py")
