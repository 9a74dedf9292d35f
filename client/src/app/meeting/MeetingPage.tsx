import { JoinMeetingPage } from '../../features/join/JoinMeetingPage.js';
import { useAppStore } from '../../store/StoreContext.js';
import { MeetingGate } from '../connection/MeetingGate.js';
import { useMeetingConnection } from '../connection/useMeetingConnection.js';
import { MeetingScreen } from './MeetingScreen.js';

export const MeetingPage = ({ meetingId }: { meetingId: string }) => {
  useMeetingConnection(meetingId, { asFacilitator: true });
  const joined = useAppStore((state) => state.me?.participantId != null);
  return (
    <MeetingGate meetingId={meetingId}>
      {joined ? <MeetingScreen meetingId={meetingId} /> : <JoinMeetingPage meetingId={meetingId} />}
    </MeetingGate>
  );
};
