"""Pure policy layer: policy models, rules, state machines and versioned policy data. No I/O beyond reading
packaged data; imports nothing of Sekisho's other packages."""
