class Rejected {
  constructor(readonly offset: number) {}
}

const WHITESPACE = ' \t\n\r';
const ESCAPES = '"\\/bfnrtu';
const NUMBER = /-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/y;

/**
 * Where JSON.parse gives up on `text`. Browsers name the position for some errors only
 * ("Unexpected token '}', … is not valid JSON" has none), so the editor finds it itself.
 */
export function jsonErrorOffset(text: string): number {
  let i = 0;
  const reject = (): never => {
    throw new Rejected(i);
  };
  const skipSpace = () => {
    while (i < text.length && WHITESPACE.includes(text[i]!)) i++;
  };
  const expect = (char: string) => (text[i] === char ? i++ : reject());
  const word = (literal: string) => [...literal].forEach(expect);
  const string = () => {
    expect('"');
    while (text[i] !== '"') {
      if (i >= text.length || text.charCodeAt(i) < 0x20) reject();
      if (text[i] === '\\' && !ESCAPES.includes(text[++i] ?? 'x')) reject();
      i++;
    }
    i++;
  };
  const number = () => {
    NUMBER.lastIndex = i;
    const match = NUMBER.exec(text);
    if (!match) reject();
    i = NUMBER.lastIndex;
  };
  const list = (close: string, item: () => void) => {
    i++;
    skipSpace();
    if (text[i] === close) return void i++;
    for (;;) {
      item();
      skipSpace();
      if (text[i] === close) return void i++;
      expect(',');
    }
  };
  const member = () => {
    skipSpace();
    string();
    skipSpace();
    expect(':');
    value();
  };
  const value = (): void => {
    skipSpace();
    const char = text[i];
    if (char === '{') list('}', member);
    else if (char === '[') list(']', value);
    else if (char === '"') string();
    else if (char === 't') word('true');
    else if (char === 'f') word('false');
    else if (char === 'n') word('null');
    else number();
  };
  try {
    value();
    skipSpace();
    if (i < text.length) reject();
  } catch (error) {
    if (error instanceof Rejected) return error.offset;
    throw error;
  }
  return text.length;
}
