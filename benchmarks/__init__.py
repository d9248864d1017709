import os

# One BLAS thread per process (numpy's BLAS runs the attribution tagger's matrix products), set before numpy
# loads: the benchmarks report per-core figures, and their worker runs scale by processes, not threads.
for _var in ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(_var, "1")
