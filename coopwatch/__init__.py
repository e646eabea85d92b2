"""coopwatch: cooperation facts between countries, regions and cities from Russian news."""

import os

# Natasha's models multiply small matrices; BLAS threads only fight the other worker for the
# cores (extraction ran 4× slower on 2 cores with them). Set before anything imports numpy;
# a user's own setting wins.
for _var in ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(_var, "1")


def quiet_libraries() -> None:
    """pymorphy2 warns about pkg_resources on every start; users need not see it. (Here, not in
    ``batch``, so that the command line sets it up without importing the extraction machinery.)"""
    import warnings

    warnings.filterwarnings("ignore", category=UserWarning, module="pymorphy2")
    warnings.filterwarnings("ignore", message=".*pkg_resources.*")
