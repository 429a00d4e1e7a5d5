// Runs in: main process / Node. The company register's part of the contract.
import { requireDb } from '../app/requireDb';
import type { Handlers } from '../handlers';
import { listCompanies } from './listQueries';
import { lookupCompanies } from './lookupQueries';
import { selectCompany } from './queries';
import { companyNotFound, createCompany, deleteCompany, updateCompany } from './service';

export const companiesHandlers = {
  'companies:list': (ctx, input) => listCompanies(requireDb(ctx), input),
  'companies:get': (ctx, { id }) => {
    const company = selectCompany(requireDb(ctx), id);
    if (!company) throw companyNotFound();
    return company;
  },
  'companies:create': (ctx, input) => createCompany(requireDb(ctx), input),
  'companies:update': (ctx, input) => updateCompany(requireDb(ctx), input),
  'companies:delete': (ctx, { id }) => deleteCompany(requireDb(ctx), id),
  'companies:lookup': (ctx, { query, limit }) => lookupCompanies(requireDb(ctx), query, limit),
} satisfies Pick<
  Handlers,
  | 'companies:list'
  | 'companies:get'
  | 'companies:create'
  | 'companies:update'
  | 'companies:delete'
  | 'companies:lookup'
>;
