import { Arg, Ctx, Int, Query, Resolver } from 'type-graphql';
import type { Context } from '../common/context.js';
import { listSize } from '../common/limits.js';
import { luceneQuery } from './lucene.js';
import { SearchHit } from './search.type.js';

@Resolver()
export class SearchResolver {
  @Query(() => [SearchHit], {
    description:
      'Full-text search over partnerships, parties, tables and municipalities (every word, as a prefix). limit ≤ 100, default 20.',
  })
  search(
    @Ctx() ctx: Context,
    @Arg('text', () => String) text: string,
    @Arg('limit', () => Int, { nullable: true }) limit?: number | null,
  ): Promise<SearchHit[]> {
    return ctx.db.read<SearchHit>('explore/search', { query: luceneQuery(text), limit: listSize('limit', limit, 20, 100) });
  }
}
