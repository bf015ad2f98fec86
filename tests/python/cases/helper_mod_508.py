def validate(record):
    if 'id' not in record:
        raise ValueError('record without id: ' + repr(record))
    return record['id']
def validate_all(records):
    return [validate(r) for r in records]
