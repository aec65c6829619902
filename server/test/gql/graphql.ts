/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
export type ThreadTestInboxQueryVariables = Exact<{ [key: string]: never; }>;


export type ThreadTestInboxQuery = { inbox: { totalCount: number, edges: Array<{ node: { unreadFromClientCount: number, lastActivityAt: string, company: { id: string }, lastMessage: { body: string } } }> } };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}

export const ThreadTestInboxDocument = new TypedDocumentString(`
    query ThreadTestInbox {
  inbox(first: 10) {
    totalCount
    edges {
      node {
        company {
          id
        }
        unreadFromClientCount
        lastActivityAt
        lastMessage {
          body
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ThreadTestInboxQuery, ThreadTestInboxQueryVariables>;