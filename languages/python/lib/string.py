"""String constants, capwords, Template ($-substitution) and Formatter (the
str.format machinery as overridable methods)."""

__all__ = ['ascii_letters', 'ascii_lowercase', 'ascii_uppercase', 'capwords',
           'digits', 'hexdigits', 'octdigits', 'printable', 'punctuation',
           'whitespace', 'Formatter', 'Template']

whitespace = ' \t\n\r\x0b\x0c'
ascii_lowercase = 'abcdefghijklmnopqrstuvwxyz'
ascii_uppercase = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'
ascii_letters = ascii_lowercase + ascii_uppercase
digits = '0123456789'
hexdigits = digits + 'abcdef' + 'ABCDEF'
octdigits = '01234567'
punctuation = '!"#$%&\'()*+,-./:;<=>?@[\\]^_`{|}~'
printable = digits + ascii_letters + punctuation + whitespace


def capwords(s, sep=None):
    """Split s on sep (whitespace runs when None), capitalize each word and
    join them with sep (a space when None)."""
    return (sep or ' ').join([w.capitalize() for w in s.split(sep)])


# ---- Template ---------------------------------------------------------------------

_ID_START = frozenset(ascii_letters + '_')
_ID_CHAR = frozenset(ascii_letters + digits + '_')

_ESCAPED = 0
_NAMED = 1
_BRACED = 2
_INVALID = 3


class Template:
    """$-substitution in strings: $name and ${name} are replaced, $$ is a
    literal $. A subclass may set another `delimiter`; identifiers are ASCII
    ([_a-zA-Z][_a-zA-Z0-9]*) and `idpattern` is not consulted."""

    delimiter = '$'
    idpattern = r'(?a:[_a-z][_a-z0-9]*)'
    braceidpattern = None

    def __init__(self, template):
        self.template = template

    def _scan(self):
        """The placeholders of the template: a list of (start, end, kind,
        name) with start..end the text they span (for _INVALID, start is the
        offset after the delimiter and end == start)."""
        t = self.template
        delim = self.delimiter
        dlen = len(delim)
        n = len(t)
        found = []
        i = t.find(delim)
        while i >= 0:
            j = i + dlen
            if t.startswith(delim, j):
                found.append((i, j + dlen, _ESCAPED, None))
                i = t.find(delim, j + dlen)
                continue
            if j < n and t[j] in _ID_START:
                k = j + 1
                while k < n and t[k] in _ID_CHAR:
                    k += 1
                found.append((i, k, _NAMED, t[j:k]))
                i = t.find(delim, k)
                continue
            if j < n and t[j] == '{':
                k = j + 1
                if k < n and t[k] in _ID_START:
                    k += 1
                    while k < n and t[k] in _ID_CHAR:
                        k += 1
                    if k < n and t[k] == '}':
                        found.append((i, k + 1, _BRACED, t[j + 1:k]))
                        i = t.find(delim, k + 1)
                        continue
            found.append((j, j, _INVALID, None))
            i = t.find(delim, j)
        return found

    def _invalid(self, pos):
        lines = self.template[:pos].splitlines(True)
        if not lines:
            colno = 1
            lineno = 1
        else:
            colno = pos - len(''.join(lines[:-1]))
            lineno = len(lines)
        raise ValueError('Invalid placeholder in string: line %d, col %d'
                         % (lineno, colno))

    def _render(self, lookup, safe):
        t = self.template
        delim = self.delimiter
        dlen = len(delim)
        out = []
        pos = 0
        for start, end, kind, name in self._scan():
            if kind == _INVALID:
                if not safe:
                    self._invalid(start)
                # left as it is: the text up to and including the delimiter
                out.append(t[pos:start])
                pos = start
                continue
            out.append(t[pos:start])
            pos = end
            if kind == _ESCAPED:
                out.append(delim)
            elif safe:
                try:
                    out.append(str(lookup(name)))
                except KeyError:
                    out.append(t[start:end])
            else:
                out.append(str(lookup(name)))
        out.append(t[pos:])
        return ''.join(out)

    def substitute(self, mapping=None, /, **kws):
        return self._render(_lookup(mapping, kws), False)

    def safe_substitute(self, mapping=None, /, **kws):
        return self._render(_lookup(mapping, kws), True)

    def is_valid(self):
        for item in self._scan():
            if item[2] == _INVALID:
                return False
        return True

    def get_identifiers(self):
        ids = []
        for start, end, kind, name in self._scan():
            if (kind == _NAMED or kind == _BRACED) and name not in ids:
                ids.append(name)
        return ids


def _lookup(mapping, kws):
    if mapping is None:
        return kws.__getitem__
    if not kws:
        return mapping.__getitem__

    def lookup(name):
        try:
            return kws[name]
        except KeyError:
            return mapping[name]
    return lookup


# ---- Formatter ------------------------------------------------------------------------

def _parse_format(s):
    """(literal, field_name, format_spec, conversion) for each piece of the
    format string s; field_name None after a literal with no field."""
    result = []
    n = len(s)
    pos = 0
    while pos < n:
        # literal text up to a brace
        start = pos
        c = ''
        markup = False
        while pos < n:
            c = s[pos]
            pos += 1
            if c == '{' or c == '}':
                markup = True
                break
        at_end = pos >= n
        length = pos - start
        if c == '}' and (at_end or s[pos] != '}'):
            raise ValueError("Single '}' encountered in format string")
        if at_end and c == '{':
            raise ValueError("Single '{' encountered in format string")
        if not at_end:
            if s[pos] == c:
                # a doubled brace: one of the two is literal text
                pos += 1
                markup = False
            else:
                length -= 1
        literal = s[start:start + length]
        if not markup:
            result.append((literal, None, None, None))
            continue
        # a replacement field: its name ends at '}', ':' or '!'
        fstart = pos
        c = ''
        while pos < n:
            c = s[pos]
            pos += 1
            if c == '{':
                raise ValueError("unexpected '{' in field name")
            if c == '[':
                while pos < n and s[pos] != ']':
                    pos += 1
                continue
            if c == '}' or c == ':' or c == '!':
                break
        field_name = s[fstart:pos - 1]
        conversion = None
        spec = ''
        if c == '!' or c == ':':
            if c == '!':
                if pos >= n:
                    raise ValueError('end of string while looking for conversion specifier')
                conversion = s[pos]
                pos += 1
                if pos < n:
                    c = s[pos]
                    pos += 1
                    if c == '}':
                        result.append((literal, field_name, '', conversion))
                        continue
                    if c != ':':
                        raise ValueError("expected ':' after conversion specifier")
            # the format spec runs to the matching '}'
            sstart = pos
            depth = 1
            closed = False
            while pos < n:
                c = s[pos]
                pos += 1
                if c == '{':
                    depth += 1
                elif c == '}':
                    depth -= 1
                    if depth == 0:
                        closed = True
                        break
            if not closed:
                raise ValueError("unmatched '{' in format spec")
            spec = s[sstart:pos - 1]
        elif c != '}':
            raise ValueError("expected '}' before end of string")
        result.append((literal, field_name, spec, conversion))
    return result


def _split_field_name(name):
    """(first, [(is_attribute, key), ...]) for a field name like a.b[0]."""
    n = len(name)
    i = 0
    while i < n and name[i] != '.' and name[i] != '[':
        i += 1
    first = name[:i]
    if first.isdigit():
        first = int(first)
    rest = []
    while i < n:
        c = name[i]
        i += 1
        if c == '.':
            j = i
            while i < n and name[i] != '.' and name[i] != '[':
                i += 1
            attr = name[j:i]
            if attr == '':
                raise ValueError('Empty attribute in format string')
            rest.append((True, attr))
        elif c == '[':
            j = i
            while i < n and name[i] != ']':
                i += 1
            if i >= n:
                raise ValueError("Missing ']' in format string")
            key = name[j:i]
            i += 1
            if key == '':
                raise ValueError('Empty attribute in format string')
            if key.isdigit():
                key = int(key)
            rest.append((False, key))
            if i < n and name[i] != '.' and name[i] != '[':
                raise ValueError("Only '.' or '[' may follow ']' in format field specifier")
        else:
            raise ValueError("Only '.' or '[' may follow ']' in format field specifier")
    return first, rest


class Formatter:
    """str.format as a class whose steps (parse, get_field, get_value,
    convert_field, format_field, check_unused_args) can be overridden."""

    def format(self, format_string, /, *args, **kwargs):
        return self.vformat(format_string, args, kwargs)

    def vformat(self, format_string, args, kwargs):
        used_args = set()
        result, _ = self._vformat(format_string, args, kwargs, used_args, 2)
        self.check_unused_args(used_args, args, kwargs)
        return result

    def _vformat(self, format_string, args, kwargs, used_args, recursion_depth,
                 auto_arg_index=0):
        if recursion_depth < 0:
            raise ValueError('Max string recursion exceeded')
        out = []
        for literal, field_name, format_spec, conversion in self.parse(format_string):
            if literal:
                out.append(literal)
            if field_name is None:
                continue
            if field_name == '':
                if auto_arg_index is False:
                    raise ValueError('cannot switch from manual field specification '
                                     'to automatic field numbering')
                field_name = str(auto_arg_index)
                auto_arg_index += 1
            elif field_name.isdigit():
                if auto_arg_index:
                    raise ValueError('cannot switch from manual field specification '
                                     'to automatic field numbering')
                auto_arg_index = False
            obj, arg_used = self.get_field(field_name, args, kwargs)
            used_args.add(arg_used)
            obj = self.convert_field(obj, conversion)
            format_spec, auto_arg_index = self._vformat(
                format_spec, args, kwargs, used_args, recursion_depth - 1,
                auto_arg_index=auto_arg_index)
            out.append(self.format_field(obj, format_spec))
        return ''.join(out), auto_arg_index

    def get_value(self, key, args, kwargs):
        if isinstance(key, int):
            return args[key]
        return kwargs[key]

    def check_unused_args(self, used_args, args, kwargs):
        pass

    def format_field(self, value, format_spec):
        return format(value, format_spec)

    def convert_field(self, value, conversion):
        if conversion is None:
            return value
        if conversion == 's':
            return str(value)
        if conversion == 'r':
            return repr(value)
        if conversion == 'a':
            return ascii(value)
        raise ValueError('Unknown conversion specifier %s' % (conversion,))

    def parse(self, format_string):
        return iter(_parse_format(format_string))

    def get_field(self, field_name, args, kwargs):
        first, rest = _split_field_name(field_name)
        obj = self.get_value(first, args, kwargs)
        for is_attr, key in rest:
            if is_attr:
                obj = getattr(obj, key)
            else:
                obj = obj[key]
        return obj, first
