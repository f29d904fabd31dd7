/**
 * Checks that a schema contains a contract: every type, field, argument,
 * input field, interface and enum value of the contract, with the same type.
 * Returns the differences, so a test can print exactly what broke.
 */
import {
  buildSchema,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isObjectType,
  type GraphQLSchema,
} from 'graphql';

/** Differences between contract and schema; empty when the schema contains the contract. */
export function contractDifferences(contractSdl: string, schema: GraphQLSchema): string[] {
  const contract = buildSchema(contractSdl);
  const out: string[] = [];
  for (const type of Object.values(contract.getTypeMap())) {
    if (type.name.startsWith('__')) continue;
    const mine = schema.getType(type.name);
    if (!mine) {
      out.push(`type ${type.name} is missing`);
      continue;
    }
    if (mine.constructor !== type.constructor) {
      out.push(`type ${type.name} is a ${mine.constructor.name}, not a ${type.constructor.name}`);
      continue;
    }
    if (isObjectType(type) || isInterfaceType(type)) {
      const fields = (mine as typeof type).getFields();
      for (const f of Object.values(type.getFields())) {
        const m = fields[f.name];
        if (!m) {
          out.push(`${type.name}.${f.name} is missing`);
          continue;
        }
        if (String(m.type) !== String(f.type)) out.push(`${type.name}.${f.name} is ${String(m.type)}, not ${String(f.type)}`);
        for (const a of f.args) {
          const ma = m.args.find((x) => x.name === a.name);
          if (!ma) out.push(`${type.name}.${f.name}(${a.name}) is missing`);
          else if (String(ma.type) !== String(a.type)) out.push(`${type.name}.${f.name}(${a.name}) is ${String(ma.type)}, not ${String(a.type)}`);
        }
        for (const ma of m.args) {
          if (!f.args.some((a) => a.name === ma.name) && String(ma.type).endsWith('!') && ma.defaultValue === undefined) {
            out.push(`${type.name}.${f.name}(${ma.name}) is a new required argument`);
          }
        }
      }
      const ifaces = (mine as typeof type).getInterfaces().map((i) => i.name);
      for (const i of type.getInterfaces()) if (!ifaces.includes(i.name)) out.push(`${type.name} no longer implements ${i.name}`);
    }
    if (isEnumType(type) && isEnumType(mine)) {
      for (const v of type.getValues()) if (!mine.getValue(v.name)) out.push(`${type.name}.${v.name} is missing`);
    }
    if (isInputObjectType(type) && isInputObjectType(mine)) {
      const fields = mine.getFields();
      for (const f of Object.values(type.getFields())) {
        if (!fields[f.name]) out.push(`input ${type.name}.${f.name} is missing`);
        else if (String(fields[f.name].type) !== String(f.type)) out.push(`input ${type.name}.${f.name} is ${String(fields[f.name].type)}, not ${String(f.type)}`);
      }
    }
  }
  return out;
}
