VALUE = "from extra_dir"
