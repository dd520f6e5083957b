"""Benchmark commands (not tests): each prints measured figures and ratios against a baseline."""
