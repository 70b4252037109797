from ...mod_a import A as deep_A
