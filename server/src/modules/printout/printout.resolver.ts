import { Arg, ID, Query, Resolver } from 'type-graphql';
import { CurrentStaff, type StaffContext } from '../../core/scope.js';
import { PrintoutOption } from './printout.types.js';

@Resolver()
export class PrintoutResolver {
  @Query(() => [PrintoutOption], {
    description:
      'The printouts that apply to at least one of the companies for the period ("YYYY-MM" or "YYYY"): records by taxation form, VAT registers, declarations and UPO where they exist.',
  })
  printoutOptions(
    @Arg('companyIds', () => [ID]) companyIds: string[],
    @Arg('period', () => String) period: string,
    @CurrentStaff() context: StaffContext,
  ): Promise<PrintoutOption[]> {
    return context.services.printouts.options(context, companyIds, period);
  }
}
