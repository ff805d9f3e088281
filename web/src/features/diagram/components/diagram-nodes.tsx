import { Handle, NodeResizer, Position, type Node, type NodeProps } from '@xyflow/react';
import { memo } from 'react';
import type { DiagramNode } from '../../../../../shared/diagram/diagram-document';
import type { PresenceUser } from '../../../../../shared/sync/diagram-protocol';
import type { NodeTexts } from '../model/node-texts';

/**
 * What each React Flow node carries: the diagram node, its texts (translated once per version of the
 * node, model/node-texts.ts, so drawing a node does no translation work) and who else has it selected.
 */
export type FlowNodeData = {
  node: DiagramNode;
  texts: NodeTexts;
  remote: PresenceUser[];
  readOnly: boolean;
  onResized?: (id: string, size: { width: number; height: number }, position: { x: number; y: number }) => void;
};
export type FlowNode = Node<FlowNodeData>;

function RemoteMarks({ remote }: { remote: PresenceUser[] }) {
  if (remote.length === 0) return null;
  return (
    <span className="diagram-node__remote" aria-hidden="true">
      {remote.map((user) => (
        <span key={user.id} className="diagram-node__remote-name" style={{ background: user.color }}>
          {user.name}
        </span>
      ))}
    </span>
  );
}

function Handles({ readOnly }: { readOnly: boolean }) {
  return (
    <>
      <Handle type="target" position={Position.Left} isConnectable={!readOnly} />
      <Handle type="source" position={Position.Right} isConnectable={!readOnly} />
    </>
  );
}

const outline = (remote: PresenceUser[]) => (remote[0] ? { boxShadow: `0 0 0 3px ${remote[0].color}` } : undefined);

function Details({ lines }: { lines: string[] }) {
  return lines.map((line, index) => (
    <span key={index} className="diagram-node__detail">
      {line}
    </span>
  ));
}

function ActorNodeView({ data }: NodeProps<FlowNode>) {
  const { node, texts } = data;
  if (node.type !== 'aktor') return null;
  return (
    <div className={`diagram-node diagram-node--aktor diagram-node--${node.data.category}`} style={outline(data.remote)}>
      <RemoteMarks remote={data.remote} />
      <span className="diagram-node__kind">{texts.kind}</span>
      <span className="diagram-node__title">{texts.title}</span>
      <Details lines={texts.details} />
      <Handles readOnly={data.readOnly} />
    </div>
  );
}

function StepNodeView({ data }: NodeProps<FlowNode>) {
  const { node, texts } = data;
  if (node.type !== 'prosessteg') return null;
  return (
    <div className="diagram-node diagram-node--prosessteg" style={outline(data.remote)}>
      <RemoteMarks remote={data.remote} />
      <span className="diagram-node__kind">{texts.kind}</span>
      <span className="diagram-node__title">{texts.title}</span>
      <Details lines={texts.details} />
      <Handles readOnly={data.readOnly} />
    </div>
  );
}

function DecisionNodeView({ data }: NodeProps<FlowNode>) {
  const { node, texts } = data;
  if (node.type !== 'avklaringspunkt') return null;
  return (
    <div className="diagram-node diagram-node--avklaringspunkt" style={outline(data.remote)}>
      <RemoteMarks remote={data.remote} />
      <span className="diagram-node__kind">
        <span aria-hidden="true">◆ </span>
        {texts.kind}
      </span>
      <span className="diagram-node__title">{texts.title}</span>
      <Details lines={texts.details} />
      <Handles readOnly={data.readOnly} />
    </div>
  );
}

function NoteNodeView({ id, data, selected }: NodeProps<FlowNode>) {
  const { node, texts } = data;
  if (node.type !== 'fritekst') return null;
  return (
    <div className="diagram-node diagram-node--fritekst" style={outline(data.remote)}>
      <NodeResizer
        isVisible={selected && !data.readOnly}
        minWidth={120}
        minHeight={60}
        onResizeEnd={(_event, params) => data.onResized?.(id, params, { x: params.x, y: params.y })}
      />
      <RemoteMarks remote={data.remote} />
      <span className="visually-hidden">{texts.kind}: </span>
      <span className="diagram-node__text">{texts.title}</span>
      <Handles readOnly={data.readOnly} />
    </div>
  );
}

function GroupNodeView({ id, data, selected }: NodeProps<FlowNode>) {
  const { node, texts } = data;
  if (node.type !== 'gruppe') return null;
  return (
    <div className="diagram-node diagram-node--gruppe" style={outline(data.remote)}>
      <NodeResizer
        isVisible={selected && !data.readOnly}
        minWidth={160}
        minHeight={100}
        onResizeEnd={(_event, params) => data.onResized?.(id, params, { x: params.x, y: params.y })}
      />
      <RemoteMarks remote={data.remote} />
      <span className="diagram-node__group-label">{texts.title}</span>
    </div>
  );
}

function FolderNodeView({ data }: NodeProps<FlowNode>) {
  const { node, texts } = data;
  if (node.type !== 'mappe') return null;
  return (
    <div className={`diagram-node diagram-node--mappe diagram-node--${node.data.kind}`} style={outline(data.remote)}>
      <RemoteMarks remote={data.remote} />
      <span className="diagram-node__kind">
        <span aria-hidden="true">{node.data.kind === 'kanal' ? '# ' : '▸ '}</span>
        {texts.kind}
      </span>
      <span className="diagram-node__title">{texts.title}</span>
      <Details lines={texts.details} />
      <Handles readOnly={data.readOnly} />
    </div>
  );
}

function DocumentNodeView({ data }: NodeProps<FlowNode>) {
  const { node, texts } = data;
  if (node.type !== 'dokument') return null;
  return (
    <div className="diagram-node diagram-node--dokument" style={outline(data.remote)}>
      <RemoteMarks remote={data.remote} />
      <span className="diagram-node__kind">{texts.kind}</span>
      <span className="diagram-node__title">{texts.title}</span>
      {texts.status ? <span className="diagram-node__status">{texts.status}</span> : null}
      <Details lines={texts.details} />
      {node.data.link && texts.linkLabel ? (
        <a className="diagram-node__link nodrag" href={node.data.link} target="_blank" rel="noreferrer noopener">
          {texts.linkLabel}
        </a>
      ) : null}
      <Handles readOnly={data.readOnly} />
    </div>
  );
}

/** The custom node types of diagram boards, for React Flow's `nodeTypes`. */
export const diagramNodeTypes = {
  aktor: memo(ActorNodeView),
  prosessteg: memo(StepNodeView),
  avklaringspunkt: memo(DecisionNodeView),
  fritekst: memo(NoteNodeView),
  gruppe: memo(GroupNodeView),
  mappe: memo(FolderNodeView),
  dokument: memo(DocumentNodeView),
};
