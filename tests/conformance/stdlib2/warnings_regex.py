import warnings
with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter("always")
    warnings.filterwarnings("ignore", message="skip.*")
    warnings.filterwarnings("error", message="FATAL", category=RuntimeWarning)
    warnings.warn("skip me")
    warnings.warn("Skip me too (case-insensitive)")
    warnings.warn("keep me")
    try:
        warnings.warn("fatal problem", RuntimeWarning)
    except RuntimeWarning as e:
        print("raised", e)
    warnings.filterwarnings("ignore", module="__ma")
    warnings.warn("module matched by prefix")
    print([str(w.message) for w in log])
    print(warnings.filters[:3])
