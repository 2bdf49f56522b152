/**
 * The part of GitHub Actions' expression language the README's workflow uses, evaluated as a runner does: contexts
 * (`inputs.x`, `steps.id.outputs.x`), literals, `!`, `==`, `!=`, `&&`, `||` (which yield an operand, not a boolean),
 * parentheses and the status functions. A step's `if:` without a status function gets an implied `success() &&`.
 * Anything else throws, so a workflow using more than this is noticed rather than misread.
 */

/** A value of the expression language. */
export type ExpressionValue = string | number | boolean | null | { [key: string]: ExpressionValue };

/** What an expression can see: the contexts, and whether every step before this one succeeded. */
export interface ExpressionScope {
  contexts: Record<string, ExpressionValue>;
  /** `success()`: no earlier step failed. */
  succeeded: boolean;
}

type Token =
  | { kind: 'op'; value: string }
  | { kind: 'literal'; value: ExpressionValue }
  | { kind: 'name'; value: string };

function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < text.length) {
    const rest = text.slice(i);
    const space = /^\s+/.exec(rest);
    if (space) {
      i += space[0].length;
      continue;
    }
    const op = /^(==|!=|&&|\|\||!|\(|\)|\.)/.exec(rest);
    if (op) {
      tokens.push({ kind: 'op', value: op[0] });
      i += op[0].length;
      continue;
    }
    const quoted = /^'((?:[^']|'')*)'/.exec(rest);
    if (quoted) {
      tokens.push({ kind: 'literal', value: quoted[1]!.replace(/''/g, "'") });
      i += quoted[0].length;
      continue;
    }
    const number = /^-?\d+(\.\d+)?/.exec(rest);
    if (number) {
      tokens.push({ kind: 'literal', value: Number(number[0]) });
      i += number[0].length;
      continue;
    }
    const name = /^[A-Za-z_][A-Za-z0-9_-]*/.exec(rest);
    if (name) {
      const word = name[0];
      if (word === 'true' || word === 'false') tokens.push({ kind: 'literal', value: word === 'true' });
      else if (word === 'null') tokens.push({ kind: 'literal', value: null });
      else tokens.push({ kind: 'name', value: word });
      i += word.length;
      continue;
    }
    throw new Error(`Unsupported expression syntax at "${rest}"`);
  }
  return tokens;
}

const truthy = (value: ExpressionValue) => value !== null && value !== false && value !== 0 && value !== '';

/** Loose equality as the docs define it: strings compare case-insensitively, other types are coerced to numbers. */
function equal(a: ExpressionValue, b: ExpressionValue): boolean {
  if (typeof a === 'string' && typeof b === 'string') return a.toLowerCase() === b.toLowerCase();
  if (typeof a === typeof b) return a === b;
  const toNumber = (value: ExpressionValue) =>
    value === null ? 0 : typeof value === 'boolean' ? Number(value) : typeof value === 'string' ? Number(value) : NaN;
  return toNumber(a) === toNumber(b);
}

/** Evaluates one expression (without the `${{ }}`). */
export function evaluate(text: string, scope: ExpressionScope): ExpressionValue {
  const tokens = tokenize(text);
  let at = 0;
  const peek = () => tokens[at];
  const takeOp = (value: string) => {
    const token = peek();
    if (token?.kind === 'op' && token.value === value) {
      at++;
      return true;
    }
    return false;
  };
  const primary = (): ExpressionValue => {
    const token = tokens[at++];
    if (!token) throw new Error(`Unexpected end of "${text}"`);
    if (token.kind === 'literal') return token.value;
    if (token.kind === 'op' && token.value === '(') {
      const value = or();
      if (!takeOp(')')) throw new Error(`Missing ) in "${text}"`);
      return value;
    }
    if (token.kind === 'op' && token.value === '!') return !truthy(primary());
    if (token.kind === 'name') {
      if (takeOp('(')) {
        if (!takeOp(')')) throw new Error(`Only argument-less functions are supported: "${text}"`);
        if (token.value === 'success') return scope.succeeded;
        if (token.value === 'failure') return !scope.succeeded;
        if (token.value === 'always') return true;
        throw new Error(`Unsupported function ${token.value}() in "${text}"`);
      }
      let value: ExpressionValue = scope.contexts[token.value] ?? null;
      while (takeOp('.')) {
        const property = tokens[at++];
        if (property?.kind !== 'name') throw new Error(`Bad property access in "${text}"`);
        value = value !== null && typeof value === 'object' ? (value[property.value] ?? null) : null;
      }
      return value;
    }
    throw new Error(`Unexpected ${token.value} in "${text}"`);
  };
  const comparison = (): ExpressionValue => {
    let left = primary();
    for (;;) {
      if (takeOp('==')) left = equal(left, primary());
      else if (takeOp('!=')) left = !equal(left, primary());
      else return left;
    }
  };
  const and = (): ExpressionValue => {
    let left = comparison();
    while (takeOp('&&')) {
      const right = comparison();
      left = truthy(left) ? right : left;
    }
    return left;
  };
  const or = (): ExpressionValue => {
    let left = and();
    while (takeOp('||')) {
      const right = and();
      left = truthy(left) ? left : right;
    }
    return left;
  };
  const value = or();
  if (at !== tokens.length) throw new Error(`Trailing tokens in "${text}"`);
  return value;
}

/** Whether a step runs: its `if:` (with the implied `success() &&` unless it calls a status function). */
export function stepRuns(condition: string | boolean | undefined, scope: ExpressionScope): boolean {
  if (condition === undefined) return scope.succeeded;
  const text = String(condition)
    .trim()
    .replace(/^\$\{\{([\s\S]*)\}\}$/, '$1');
  const usesStatus = /\b(success|failure|always|cancelled)\s*\(/.test(text);
  const value = evaluate(text, scope);
  return usesStatus ? truthy(value) : scope.succeeded && truthy(value);
}

/** Replaces each `${{ expr }}` in a string with its value, as a runner does for `with:` and `run:`. */
export function interpolate(text: string, scope: ExpressionScope): string {
  return text.replace(/\$\{\{([\s\S]*?)\}\}/g, (_, expression: string) => {
    const value = evaluate(expression, scope);
    return value === null ? '' : typeof value === 'object' ? JSON.stringify(value) : String(value);
  });
}
