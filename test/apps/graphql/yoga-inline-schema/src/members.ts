export interface Member {
  id: string;
  handle: string;
  hash: string;
}

const byId = new Map<string, Member>();

export const members = {
  get: (id: string) => byId.get(id),
  byHandle: (handle: string) => [...byId.values()].find((m) => m.handle === handle),
};
