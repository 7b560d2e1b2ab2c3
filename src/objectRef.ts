// How a row, a command and a document name the Zoom object they are about (shared by src/tree, src/documents and the commands: documents are addressed by URI and need not know the tree).
export type ZoomObjectType = 'account' | 'subAccount' | 'user' | 'group' | 'role';

export interface ZoomObjectRef {
  /** ZoomAccountInfo.key of the signed-in account the row belongs to. */
  accountKey: string;
  /** Set when the object lives in a sub account (paths go through /accounts/{id}/…). */
  subAccountId?: string;
  type: ZoomObjectType;
  /** User id, group id, role id or sub account id. Absent for pending users (they have no id). */
  id?: string;
  name?: string;
  email?: string;
}

/** Tree nodes that show a Zoom object carry its ref; command handlers accept such nodes. */
export interface HasObjectRef {
  readonly ref: ZoomObjectRef;
}

export function refOf(arg: unknown): ZoomObjectRef | undefined {
  const ref = (arg as Partial<HasObjectRef> | undefined)?.ref;
  return ref && typeof ref.accountKey === 'string' && typeof ref.type === 'string' ? ref : undefined;
}
