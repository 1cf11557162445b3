/**
 * The SDK README's worked example: a partner hospital's own documents, with the fields its screens show,
 * typed by graphql-codegen's client preset (`gql/` is generated from the `graphql(...)` calls below) and sent
 * with `client.request`. Tested in test/sdk/request.test.ts and, installed from the packed SDK, by test/consumer.
 */
import type { KoordinatClient } from "@koordinat/sdk";
import { graphql } from "./gql/index.js";

export const ReferralsWithPatientsQuery = graphql(`
  query ReferralsWithPatients($first: Int, $after: String) {
    referrals(first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          status
          urgency
          patient {
            givenName
            familyName
          }
        }
      }
    }
  }
`);

export const WhoAmIQuery = graphql(`
  query WhoAmI {
    viewer {
      clientId
      role
      scope
      limits {
        cost
      }
    }
  }
`);

/** One line per referral: status, urgency and the patient's name (null once access ended, PAT-3). */
export async function referralLines(client: KoordinatClient, first = 10): Promise<string[]> {
  const { referrals } = await client.request(ReferralsWithPatientsQuery, { first });
  return referrals.edges.map(
    ({ node }) => `${node.status} ${node.urgency} ${node.patient ? `${node.patient.givenName} ${node.patient.familyName}` : "—"}`,
  );
}

/** Who the client is, in one line. */
export async function whoAmI(client: KoordinatClient): Promise<string> {
  const { viewer } = await client.request(WhoAmIQuery);
  return `${viewer.clientId}: ${viewer.role} for ${viewer.scope} (cost limit ${viewer.limits.cost})`;
}
