import { expect, it } from 'vitest';
import { authorizationMatrix, authzCase, world } from '../../../test/authz.js';
import { graphql } from '../../../test/gql/index.js';
import { codes, ok, type TestApp } from '../../../test/harness.js';

const TEMPLATES = graphql(`
  query AuthzMessageTemplates {
    messageTemplates { id name html }
  }
`);
const CREATE_TEMPLATE = graphql(`
  mutation AuthzCreateMessageTemplate($input: MessageTemplateInput!) {
    createMessageTemplate(input: $input) { id name }
  }
`);
const UPDATE_TEMPLATE = graphql(`
  mutation AuthzUpdateMessageTemplate($id: ID!, $input: MessageTemplateInput!) {
    updateMessageTemplate(id: $id, input: $input) { id name html }
  }
`);
const DELETE_TEMPLATE = graphql(`
  mutation AuthzDeleteMessageTemplate($id: ID!) {
    deleteMessageTemplate(id: $id)
  }
`);
const PREVIEW = graphql(`
  query AuthzPreviewMessage($input: MessagePreviewInput!) {
    previewMessage(input: $input) { subject html body missing }
  }
`);

const SECRET_TEMPLATE = 'Poufny szablon biura A';

/** A template of office A by its head, with a name of its own each time. */
async function templateOfA(app: TestApp): Promise<string> {
  return ok(
    await app.gql(
      CREATE_TEMPLATE,
      {
        input: {
          name: `${SECRET_TEMPLATE} ${Math.random().toString(36).slice(2, 10)}`,
          kind: 'NOTIFICATION',
          html: '<p>{{firma}}: poufna treść</p>',
        },
      },
      world.a.head.token,
    ),
  ).createMessageTemplate.id;
}

const changed = { name: 'Przejęty', kind: 'NOTIFICATION' as const, html: '<p>Przejęty</p>' };

export const cases = [
  authzCase({
    name: 'messageTemplates lists only the viewer’s office',
    field: 'messageTemplates',
    kind: 'query',
    run: async ({ token }, { app }) => {
      await templateOfA(app);
      return app.gql(TEMPLATES, {}, token);
    },
    expect: {
      'head of another office': 'data',
      // The caretaker is staff of office A: every template of the office is theirs to use.
      'caretaker of other companies': 'data',
      'client of another company': 'FORBIDDEN',
      'platform admin': 'FORBIDDEN',
    },
    check: (data, { name }) => {
      const names = data.messageTemplates.map((t) => t.name);
      if (name === 'head of another office')
        expect(names.some((n) => n.startsWith(SECRET_TEMPLATE))).toBe(false);
      else expect(names.some((n) => n.startsWith(SECRET_TEMPLATE))).toBe(true);
    },
  }),
  authzCase({
    name: 'createMessageTemplate (staff make their own office’s)',
    field: 'createMessageTemplate',
    kind: 'mutation',
    run: ({ token }, { app }) =>
      app.gql(
        CREATE_TEMPLATE,
        {
          input: {
            name: `Własny ${Math.random().toString(36).slice(2, 10)}`,
            kind: 'EMAIL',
            subject: 'Temat',
            html: '<p>Treść</p>',
          },
        },
        token,
      ),
    expect: {
      'head of another office': 'data',
      'caretaker of other companies': 'data',
      'client of another company': 'FORBIDDEN',
      'platform admin': 'FORBIDDEN',
    },
  }),
  authzCase({
    name: 'updateMessageTemplate of the head of A’s template',
    field: 'updateMessageTemplate',
    kind: 'mutation',
    run: async ({ token }, { app }) =>
      app.gql(UPDATE_TEMPLATE, { id: await templateOfA(app), input: changed }, token),
    expect: {
      // Sees it (same office), may not change the head's.
      'caretaker of other companies': 'FORBIDDEN',
      'client of another company': 'FORBIDDEN',
      'platform admin': 'FORBIDDEN',
    },
  }),
  authzCase({
    name: 'deleteMessageTemplate of the head of A’s template',
    field: 'deleteMessageTemplate',
    kind: 'mutation',
    run: async ({ token }, { app }) =>
      app.gql(DELETE_TEMPLATE, { id: await templateOfA(app) }, token),
    expect: {
      'caretaker of other companies': 'FORBIDDEN',
      'client of another company': 'FORBIDDEN',
      'platform admin': 'FORBIDDEN',
    },
  }),
  authzCase({
    name: 'previewMessage for the target company',
    field: 'previewMessage',
    kind: 'query',
    run: ({ token, target }, { app }) =>
      app.gql(
        PREVIEW,
        { input: { companyId: target.company.company.id, html: '<p>{{firma}} {{nip}}</p>' } },
        token,
      ),
    expect: { 'client of another company': 'FORBIDDEN', 'platform admin': 'FORBIDDEN' },
  }),
  authzCase({
    name: 'previewMessage with A’s template for an own company',
    field: 'previewMessage',
    kind: 'query',
    run: async ({ token, own, target }, { app }) =>
      app.gql(
        PREVIEW,
        {
          input: {
            companyId: own ?? target.company.company.id,
            templateId: await templateOfA(app),
          },
        },
        token,
      ),
    expect: {
      // Staff of office A use every template of the office, for the companies they see.
      'caretaker of other companies': 'data',
      'client of another company': 'FORBIDDEN',
      'platform admin': 'FORBIDDEN',
    },
  }),
];

authorizationMatrix(import.meta.url, 'template', cases, () => {
  it('has real targets: the head of A previews, changes and deletes what others are refused', async () => {
    const { app, a, targets } = world;
    const company = targets.a1.company.company;
    const preview = ok(
      await app.gql(
        PREVIEW,
        { input: { companyId: company.id, html: '<p>{{firma}}</p>' } },
        a.head.token,
      ),
    ).previewMessage;
    expect(preview.body).toBe(company.name);
    const id = await templateOfA(app);
    expect(
      ok(await app.gql(UPDATE_TEMPLATE, { id, input: changed }, a.head.token))
        .updateMessageTemplate,
    ).toMatchObject({ id, name: 'Przejęty' });
    expect(ok(await app.gql(DELETE_TEMPLATE, { id }, a.head.token)).deleteMessageTemplate).toBe(
      true,
    );
    expect(codes(await app.gql(DELETE_TEMPLATE, { id }, a.head.token))).toEqual(['NOT_FOUND']);
  });
});
