import type { TSESTree } from '@typescript-eslint/typescript-estree';
import type { ProjectContext } from '../../model/project';
import { walk, type Node } from './ast';

/**
 * One parsed file with what every adapter needs: parent links, the calls and assignments found in
 * one walk, and the names that are ever reassigned (a `let` that is reassigned is not resolved).
 */
export class FileContext {
  readonly parents = new Map<Node, Node>();
  readonly calls: TSESTree.CallExpression[] = [];
  readonly newExpressions: TSESTree.NewExpression[] = [];
  readonly dynamicImports: TSESTree.ImportExpression[] = [];
  readonly assignments: TSESTree.AssignmentExpression[] = [];
  readonly reassignedNames = new Set<string>();

  constructor(
    readonly program: TSESTree.Program,
    readonly text: string,
    readonly fileName: string,
    readonly project: ProjectContext,
    /** Files already being resolved, so imports that import each other cannot loop. */
    readonly importChain: readonly string[] = [],
  ) {
    walk(program, (node, parent) => {
      if (parent) this.parents.set(node, parent);
      switch (node.type) {
        case 'CallExpression':
          this.calls.push(node);
          break;
        case 'NewExpression':
          this.newExpressions.push(node);
          break;
        case 'ImportExpression':
          this.dynamicImports.push(node);
          break;
        case 'AssignmentExpression':
          this.assignments.push(node);
          if (node.left.type === 'Identifier') this.reassignedNames.add(node.left.name);
          break;
        case 'UpdateExpression':
          if (node.argument.type === 'Identifier') this.reassignedNames.add(node.argument.name);
          break;
      }
    });
  }

  parentOf(node: Node): Node | undefined {
    return this.parents.get(node) ?? (node as { parent?: Node }).parent;
  }

  textOf(node: Node): string {
    return this.text.slice(node.range[0], node.range[1]);
  }

  /** A short form of a node's text for messages. */
  excerpt(node: Node, max = 60): string {
    const text = this.textOf(node).replace(/\s+/g, ' ');
    return text.length > max ? `${text.slice(0, max - 1)}…` : text;
  }
}
