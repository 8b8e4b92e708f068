import sys

print("file block", __name__, sys.argv[0])
