import helper_mod_508
print(helper_mod_508.validate_all([{'id': 1}, {'id': 2}]))
print(helper_mod_508.validate_all([{'id': 3}, {'name': 'x'}]))
