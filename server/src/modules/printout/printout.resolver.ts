import { Arg, Authorized, Ctx, ID, Query, Resolver } from 'type-graphql';
import type { Context } from '../../core/context.js';
import { staffRoles } from '../auth/user.entity.js';
import { PrintoutOption } from './printout.types.js';

@Resolver()
export class PrintoutResolver {
  @Authorized(...staffRoles)
  @Query(() => [PrintoutOption], {
    description:
      'The printouts that apply to at least one of the companies for the period ("YYYY-MM" or "YYYY"): records by taxation form, VAT registers, declarations and UPO where they exist.',
  })
  printoutOptions(
    @Arg('companyIds', () => [ID]) companyIds: string[],
    @Arg('period', () => String) period: string,
    @Ctx() context: Context,
  ): Promise<PrintoutOption[]> {
    return context.services.printouts.options(context, companyIds, period);
  }
}
