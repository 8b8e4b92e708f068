"""Print the primes below a limit: a script, run as `python primes.py [LIMIT]` would run it."""

import sys


def primes_below(limit):
    sieve = [True] * limit
    sieve[:2] = [False, False]
    for n in range(2, int(limit**0.5) + 1):
        if sieve[n]:
            sieve[n * n :: n] = [False] * len(sieve[n * n :: n])
    return [n for n, is_prime in enumerate(sieve) if is_prime]


if __name__ == "__main__":
    limit = int(sys.argv[1]) if len(sys.argv) > 1 else 60
    print(f"{sys.argv[0]}: primes below {limit}")
    print(*primes_below(limit))
