"""Benchmarks and the soak test: `python -m benchmarks` (make bench), `python -m benchmarks.soak`.

All traffic stays on 127.0.0.1; every run is bounded in users, messages and seconds.
"""
