// Every vscode.l10n.t call in src/, with what each placeholder really receives, found with the
// TypeScript checker: a number or formatCount(...) is a count, errorText(...) or an error's message
// is a whole sentence, a nested l10n.t call (directly, through a const, a function's or a getter's
// returns) is a translated phrase, anything else is text from Zoom or the user (names, ids, URLs).
// A call whose message is an entry of a const table (`l10n.t(FRIENDLY_TEMPLATES[kind], ...)`) is one
// site per string of the table.
// test/unit/l10n.test.ts renders each translation with samples of these kinds.
import * as ts from 'typescript';
import { join, relative } from 'node:path';

/** What one argument can be; `call` is a translated phrase, rendered from its own call site. */
export type Source = { kind: 'count' | 'text' | 'sentence' | 'opaque' } | { kind: 'literal'; text: string } | { kind: 'call'; site: CallSite };

export interface CallSite {
  where: string;
  message: string;
  /** One entry per argument after the message: every value it can take. */
  args: Source[][];
}

const MAX_DEPTH = 8;

export function l10nCallSites(root: string): CallSite[] {
  const config = ts.getParsedCommandLineOfConfigFile(
    join(root, 'tsconfig.json'),
    {},
    {
      ...ts.sys,
      onUnRecoverableConfigFileDiagnostic: (d) => {
        throw new Error(ts.flattenDiagnosticMessageText(d.messageText, '\n'));
      },
    },
  );
  if (!config) throw new Error('cannot read tsconfig.json');
  const program = ts.createProgram(config.fileNames, config.options);
  const checker = program.getTypeChecker();
  const ours = program.getSourceFiles().filter((f) => !relative(join(root, 'src'), f.fileName).startsWith('..'));

  // Getters by name, so `folder.what` on an abstract base reaches every subclass's `what`.
  const getters = new Map<string, ts.GetAccessorDeclaration[]>();
  const sites = new Map<ts.CallExpression, CallSite>();
  const walk = (node: ts.Node, visit: (n: ts.Node) => void): void => {
    visit(node);
    ts.forEachChild(node, (c) => walk(c, visit));
  };
  for (const file of ours) {
    walk(file, (n) => {
      if (ts.isGetAccessorDeclaration(n) && n.body) getters.set(n.name.getText(), [...(getters.get(n.name.getText()) ?? []), n]);
    });
  }

  // The calls of each function and method declared in src, to follow a parameter to what callers pass.
  const callsTo = new Map<ts.Node, ts.CallExpression[]>();
  for (const file of ours) {
    walk(file, (n) => {
      if (!ts.isCallExpression(n)) return;
      const decl = declarationOf(n.expression);
      if (decl && ts.isFunctionLike(decl)) callsTo.set(decl, [...(callsTo.get(decl) ?? []), n]);
    });
  }

  const isL10nCall = (n: ts.Node): n is ts.CallExpression =>
    ts.isCallExpression(n) &&
    ts.isPropertyAccessExpression(n.expression) &&
    n.expression.name.text === 't' &&
    /(^|\.)l10n$/.test(n.expression.expression.getText());

  function returnsOf(body: ts.Node): ts.Expression[] {
    if (!ts.isBlock(body)) return [body as ts.Expression];
    const found: ts.Expression[] = [];
    const visit = (n: ts.Node): void => {
      if (ts.isFunctionLike(n)) return; // returns of nested functions are not ours
      if (ts.isReturnStatement(n) && n.expression) found.push(n.expression);
      ts.forEachChild(n, visit);
    };
    ts.forEachChild(body, visit);
    return found;
  }

  /** The returns of a function, minus pass-throughs of its own parameters (`return x`, `?? x`: fallbacks for unknown input). */
  function returnSources(fn: ts.SignatureDeclaration & { body?: ts.Node }, depth: number): Source[] {
    if (!fn.body) return [{ kind: 'text' }];
    const params = new Set(fn.parameters.map((p) => p.name.getText()));
    const answers = (e: ts.Expression): ts.Expression[] => {
      while (ts.isParenthesizedExpression(e)) e = e.expression;
      if (ts.isIdentifier(e) && params.has(e.text)) return [];
      if (ts.isBinaryExpression(e) && e.operatorToken.kind === ts.SyntaxKind.QuestionQuestionToken) return [...answers(e.left), ...answers(e.right)];
      return [e];
    };
    const out = returnsOf(fn.body)
      .flatMap(answers)
      .flatMap((e) => sources(e, depth + 1));
    return out.length ? out : [{ kind: 'text' }];
  }

  /**
   * The object literals an expression can be: a const's initializer, an entry of such a table
   * (`TABLE[key]`, `TABLE.key`), or what callers pass for a parameter.
   */
  function objectsOf(e: ts.Expression, depth: number): ts.ObjectLiteralExpression[] {
    if (depth > MAX_DEPTH) return [];
    while (ts.isParenthesizedExpression(e) || ts.isAsExpression(e) || ts.isSatisfiesExpression(e)) e = e.expression;
    if (ts.isObjectLiteralExpression(e)) return [e];
    if (ts.isElementAccessExpression(e) || ts.isPropertyAccessExpression(e)) {
      const key = ts.isPropertyAccessExpression(e) ? e.name.text : undefined;
      return objectsOf(e.expression, depth + 1).flatMap((table) =>
        table.properties.flatMap((p) =>
          ts.isPropertyAssignment(p) && (key === undefined || p.name.getText() === key) ? objectsOf(p.initializer, depth + 1) : [],
        ),
      );
    }
    if (!ts.isIdentifier(e)) return [];
    const decl = declarationOf(e);
    if (decl && ts.isVariableDeclaration(decl) && decl.initializer) return objectsOf(decl.initializer, depth + 1);
    if (decl && ts.isParameter(decl)) {
      const fn = decl.parent;
      const index = fn.parameters.indexOf(decl);
      return (callsTo.get(fn) ?? []).flatMap((c) => (c.arguments[index] ? objectsOf(c.arguments[index], depth + 1) : []));
    }
    return [];
  }

  /** The functions a table lookup calls: `TABLE[key]()` calls each entry, `TABLE[key].what()` each entry's `what`. */
  function tableFunctions(callee: ts.Expression, depth: number): ts.ArrowFunction[] {
    // `TABLE[key].what()`: the entries are the objects `TABLE[key]` can be; `TABLE[key]()`: those `TABLE` can be.
    const key = ts.isPropertyAccessExpression(callee) ? callee.name.text : undefined;
    const table = ts.isPropertyAccessExpression(callee) || ts.isElementAccessExpression(callee) ? callee.expression : undefined;
    const entries = table ? objectsOf(table, depth) : [];
    return entries.flatMap((o) =>
      o.properties.flatMap((p) =>
        ts.isPropertyAssignment(p) && (key === undefined || p.name.getText() === key) && ts.isArrowFunction(p.initializer) ? [p.initializer] : [],
      ),
    );
  }

  function declarationOf(e: ts.Expression): ts.Declaration | undefined {
    let symbol = checker.getSymbolAtLocation(e);
    if (symbol && symbol.flags & ts.SymbolFlags.Alias) symbol = checker.getAliasedSymbol(symbol);
    const decl = symbol?.valueDeclaration ?? symbol?.declarations?.[0];
    return decl && ours.includes(decl.getSourceFile()) ? decl : undefined;
  }

  function isErrorLike(e: ts.Expression): boolean {
    const type = checker.getTypeAtLocation(e);
    return !!(type.flags & ts.TypeFlags.Unknown) || /Error\b/.test(checker.typeToString(type));
  }

  function sources(e: ts.Expression, depth: number): Source[] {
    if (depth > MAX_DEPTH) return [{ kind: 'text' }];
    while (ts.isParenthesizedExpression(e) || ts.isNonNullExpression(e) || ts.isAsExpression(e) || ts.isSatisfiesExpression(e)) e = e.expression;
    if (ts.isSpreadElement(e)) return [{ kind: 'opaque' }];
    if (ts.isConditionalExpression(e)) return [...sources(e.whenTrue, depth + 1), ...sources(e.whenFalse, depth + 1)];
    if (ts.isBinaryExpression(e) && [ts.SyntaxKind.QuestionQuestionToken, ts.SyntaxKind.BarBarToken].includes(e.operatorToken.kind)) {
      return [...sources(e.left, depth + 1), ...sources(e.right, depth + 1)];
    }
    if (ts.isStringLiteral(e) || ts.isNoSubstitutionTemplateLiteral(e)) return e.text ? [{ kind: 'literal', text: e.text }] : [];
    const type = checker.getTypeAtLocation(e);
    if (type.flags & ts.TypeFlags.NumberLike) return [{ kind: 'count' }];
    if (isL10nCall(e)) return [{ kind: 'call', site: site(e, depth + 1) }];
    if (ts.isCallExpression(e)) {
      const callee = e.expression;
      const name = ts.isPropertyAccessExpression(callee) ? callee.name.text : ts.isIdentifier(callee) ? callee.text : '';
      if (name === 'formatCount') return [{ kind: 'count' }];
      if (name === 'errorText' || name === 'friendlyText' || name === 'wordsText') return [{ kind: 'sentence' }];
      if (name === 'String' && e.arguments[0]) return isErrorLike(e.arguments[0]) ? [{ kind: 'sentence' }] : sources(e.arguments[0], depth + 1);
      const decl = declarationOf(callee);
      if (decl && (ts.isFunctionDeclaration(decl) || ts.isMethodDeclaration(decl) || ts.isArrowFunction(decl) || ts.isFunctionExpression(decl))) {
        return returnSources(decl, depth);
      }
      if (decl && ts.isVariableDeclaration(decl) && decl.initializer && (ts.isArrowFunction(decl.initializer) || ts.isFunctionExpression(decl.initializer))) {
        return returnSources(decl.initializer, depth);
      }
      const entries = tableFunctions(callee, depth);
      if (entries.length) return entries.flatMap((fn) => returnSources(fn, depth));
      return [{ kind: 'text' }];
    }
    if (ts.isPropertyAccessExpression(e)) {
      if (e.name.text === 'message' && isErrorLike(e.expression)) return [{ kind: 'sentence' }];
      return memberSources(e.name.text, declarationOf(e), depth);
    }
    if (ts.isIdentifier(e)) {
      if (e.text === 'undefined') return [];
      const decl = declarationOf(e);
      if (decl && ts.isVariableDeclaration(decl) && decl.initializer && ts.getCombinedNodeFlags(decl) & ts.NodeFlags.Const) {
        return sources(decl.initializer, depth + 1);
      }
      // A parameter: what the function's callers in src pass in that position.
      if (decl && ts.isParameter(decl) && ts.isIdentifier(decl.name)) {
        const fn = decl.parent;
        const index = fn.parameters.indexOf(decl);
        const passed = (callsTo.get(fn) ?? []).map((c) => c.arguments[index]).filter((a): a is ts.Expression => !!a && !ts.isSpreadElement(a));
        if (passed.length) return passed.flatMap((a) => sources(a, depth + 1));
      }
      // `const { what } = this.folder`: the member it was taken from.
      const pattern = decl && ts.isBindingElement(decl) ? decl.parent : undefined;
      if (
        decl &&
        ts.isBindingElement(decl) &&
        pattern &&
        ts.isObjectBindingPattern(pattern) &&
        ts.isVariableDeclaration(pattern.parent) &&
        pattern.parent.initializer
      ) {
        const name = (decl.propertyName ?? decl.name).getText();
        const member = checker.getTypeAtLocation(pattern.parent.initializer).getProperty(name)?.valueDeclaration;
        return memberSources(name, member, depth);
      }
      return [{ kind: 'text' }];
    }
    return [{ kind: 'text' }];
  }

  /** A getter or an abstract member: every getter of that name in src (all the subclasses' answers). */
  function memberSources(name: string, decl: ts.Declaration | undefined, depth: number): Source[] {
    if (decl && (ts.isGetAccessorDeclaration(decl) || ts.isPropertySignature(decl) || (ts.isPropertyDeclaration(decl) && !decl.initializer))) {
      const all = getters.get(name) ?? [];
      if (all.length) return all.flatMap((g) => returnSources(g, depth));
    }
    return [{ kind: 'text' }];
  }

  function site(call: ts.CallExpression, depth: number): CallSite {
    const known = sites.get(call);
    if (known) return known;
    const file = call.getSourceFile();
    const where = `${relative(root, file.fileName)}:${file.getLineAndCharacterOfPosition(call.getStart()).line + 1}`;
    const [first, ...rest] = call.arguments;
    const message = first && (ts.isStringLiteral(first) || ts.isNoSubstitutionTemplateLiteral(first)) ? first.text : '';
    const made: CallSite = { where, message, args: [] };
    sites.set(call, made);
    made.args = rest.map((a) => sources(a, depth));
    return made;
  }

  /** `TABLE[key]`: each key and string of the const object literal TABLE (in src) holds. */
  function tableEntries(e: ts.Expression | undefined): [key: string, message: string][] {
    if (!e || !ts.isElementAccessExpression(e)) return [];
    const decl = declarationOf(e.expression);
    let table = decl && ts.isVariableDeclaration(decl) ? decl.initializer : undefined;
    while (table && (ts.isAsExpression(table) || ts.isSatisfiesExpression(table))) table = table.expression;
    if (!table || !ts.isObjectLiteralExpression(table)) return [];
    return table.properties.flatMap((p) =>
      ts.isPropertyAssignment(p) && ts.isStringLiteralLike(p.initializer) ? [[p.name.getText(), p.initializer.text]] : [],
    );
  }

  const all: CallSite[] = [];
  for (const file of ours)
    walk(file, (n) => {
      if (!isL10nCall(n)) return;
      const found = site(n, 0);
      const entries = tableEntries(n.arguments[0]);
      if (entries.length) all.push(...entries.map(([key, message]) => ({ ...found, where: `${found.where} ${key}`, message })));
      else all.push(found);
    });
  return all;
}
