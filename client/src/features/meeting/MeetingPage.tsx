import { useAppStore } from '../../store/StoreContext.js';
import { JoinMeetingPage } from '../join/JoinMeetingPage.js';
import { MeetingGate } from './MeetingGate.js';
import { MeetingScreen } from './MeetingScreen.js';
import { useMeetingConnection } from './useMeetingConnection.js';

export const MeetingPage = ({ meetingId }: { meetingId: string }) => {
  useMeetingConnection(meetingId, { asFacilitator: true });
  const joined = useAppStore((state) => state.me?.participantId != null);
  return (
    <MeetingGate meetingId={meetingId}>
      {joined ? <MeetingScreen meetingId={meetingId} /> : <JoinMeetingPage meetingId={meetingId} />}
    </MeetingGate>
  );
};
