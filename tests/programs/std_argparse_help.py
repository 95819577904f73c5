# argparse: --help prints the help and exits 0.
import argparse
p = argparse.ArgumentParser(prog="greet", description="Greets people.", epilog="Bye.")
p.add_argument("name", help="who to greet")
p.add_argument("--times", type=int, default=1, help="repeat count")
p.add_argument("-q", "--quiet", action="store_true", help="less output")
p.parse_args(["--help"])
print("not reached")
